-- extension/relocate_citext: citext moves from public to a new schema ext
create schema ext;
create extension citext with schema ext;
