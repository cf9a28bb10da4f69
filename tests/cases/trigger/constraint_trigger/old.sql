-- trigger/constraint_trigger: a deferrable, initially deferred constraint trigger is created
create table t (id integer primary key, qty integer);
