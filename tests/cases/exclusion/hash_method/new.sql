-- exclusion/hash_method: a hash exclusion constraint (hash supports only =) is added to a table with distinct tokens
create table sessions (id integer primary key, token text not null, constraint sessions_token_excl exclude using hash (token with =));
