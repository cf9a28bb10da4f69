-- exclusion/hash_method: a hash exclusion constraint (hash supports only =) is added to a table with distinct tokens
create table sessions (id integer primary key, token text not null);
insert into sessions values (1, 'aaa'), (2, 'bbb');
