-- extension/relocate_citext: citext moves from public to a new schema ext
create extension citext;
