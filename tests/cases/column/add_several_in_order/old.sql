-- column/add_several_in_order: several columns of different kinds are added, in the desired order, after the existing ones
create table t (id integer primary key);
