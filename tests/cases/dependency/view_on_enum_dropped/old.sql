-- dependency/view_on_enum_dropped: a view comparing with an enum label is dropped along with the enum and its column
create type status as enum ('open', 'closed');
create table t (id integer, status status);
create view open_t as select id from t where status = 'open';
