-- identity/options_start_increment: the identity's start and increment change
create table t (id bigint generated always as identity primary key);
