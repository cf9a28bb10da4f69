-- identity/always_to_by_default: GENERATED ALWAYS becomes BY DEFAULT
create table t (id bigint generated always as identity primary key);
