-- default/change_default: a constant default changes value
create table t (id integer primary key, status text not null default 'pending');
