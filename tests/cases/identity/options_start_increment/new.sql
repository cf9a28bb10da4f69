-- identity/options_start_increment: the identity's start and increment change
create table t (id bigint generated always as identity (start with 1000 increment by 10) primary key);
