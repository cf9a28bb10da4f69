-- exclusion/method_changed: an exclusion constraint keeps its name and element (token with =), its index method changes from btree to hash: drop and add
create table api_keys (id integer primary key, token text not null, constraint api_keys_token_excl exclude using btree (token with =));
insert into api_keys values (1, 'k1'), (2, 'k2');
