-- comment/constraints_change_remove: constraint comments change and go away
create table p (id integer constraint p_pkey primary key, qty integer constraint p_qty_check check (qty > 0));
create table c (p_id integer constraint c_p_id_fkey references p (id));
comment on constraint p_pkey on p is 'the key';
comment on constraint p_qty_check on p is 'positive';
comment on constraint c_p_id_fkey on c is 'belongs to p';
