-- index_option/hash_fillfactor_added: an existing hash index gets fillfactor 60
create table sessions (id integer primary key, token text not null);
create index sessions_token_idx on sessions using hash (token);
insert into sessions values (1, 'x1'), (2, 'x2');
