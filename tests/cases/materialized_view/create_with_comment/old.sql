-- materialized_view/create_with_comment: a materialized view is created with a comment on it
create table sales (id integer primary key, region text not null, amount numeric(10,2) not null);
insert into sales values (1, 'north', 10), (2, 'north', 5), (3, 'south', 7);
