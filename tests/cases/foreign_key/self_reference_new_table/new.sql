-- foreign_key/self_reference_new_table: a new table referencing itself
create table categories (id integer primary key, parent_id integer references categories (id));
