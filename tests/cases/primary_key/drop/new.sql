-- primary_key/drop: a primary key is dropped; its column stays NOT NULL
create table t (id integer not null, name text);
