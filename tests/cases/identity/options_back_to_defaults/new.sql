-- identity/options_back_to_defaults: identity options set earlier return to their defaults
create table t (id bigint generated always as identity primary key);
