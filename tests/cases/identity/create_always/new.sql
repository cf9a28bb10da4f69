-- identity/create_always: a new table with a GENERATED ALWAYS identity key
create table accounts (id bigint generated always as identity primary key, name text);
