-- identity/by_default_to_always: BY DEFAULT becomes GENERATED ALWAYS
create table t (id bigint generated always as identity primary key);
