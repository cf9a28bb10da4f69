-- rename/table_with_fk_to_others: a table holding foreign keys is renamed
create table p (id integer primary key);
create table order_lines (id integer constraint line_pkey primary key, p_id integer constraint line_p_id_fkey references p (id));
