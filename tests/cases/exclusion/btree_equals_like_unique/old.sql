-- exclusion/btree_equals_like_unique: a btree exclusion constraint with = only (it behaves like a unique constraint) is added to a table with distinct codes
create table products (id integer primary key, code text not null);
insert into products values (1, 'a-1'), (2, 'a-2'), (3, 'b-1');
