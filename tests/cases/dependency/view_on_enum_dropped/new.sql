-- dependency/view_on_enum_dropped: a view comparing with an enum label is dropped along with the enum and its column
create table t (id integer);
