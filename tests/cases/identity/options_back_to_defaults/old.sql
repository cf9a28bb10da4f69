-- identity/options_back_to_defaults: identity options set earlier return to their defaults
create table t (id bigint generated always as identity (start with 1000 increment by 5 cache 20) primary key);
