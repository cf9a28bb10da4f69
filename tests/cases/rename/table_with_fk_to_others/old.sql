-- rename/table_with_fk_to_others: a table holding foreign keys is renamed
create table p (id integer primary key);
create table line (id integer primary key, p_id integer constraint line_p_id_fkey references p (id));
insert into p values (1);
insert into line values (1, 1);
