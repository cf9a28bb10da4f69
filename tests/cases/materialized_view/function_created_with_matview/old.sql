-- materialized_view/function_created_with_matview: a function and a materialized view calling it, with an expression index using it, are created in one plan
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
