-- not_null/foreign_key_column: a foreign key column becomes NOT NULL
create table p (id integer primary key);
create table c (id integer primary key, p_id integer not null references p (id));
