-- extension/update_version: hstore 1.7 is updated to the default version 1.8
create extension hstore;
