-- a domain's default is dropped
create domain created_at as timestamptz;
create table events (id int primary key, at created_at);
