-- comment/constraints_add: comments on a primary key, a unique, a foreign key and a check
create table p (id integer constraint p_pkey primary key, code text constraint p_code_key unique, qty integer constraint p_qty_check check (qty > 0));
create table c (p_id integer constraint c_p_id_fkey references p (id));
comment on constraint p_pkey on p is 'the key';
comment on constraint p_code_key on p is 'codes are unique';
comment on constraint p_qty_check on p is 'positive';
comment on constraint c_p_id_fkey on c is 'belongs to p';
