-- foreign_key/update_and_delete_actions: ON UPDATE SET NULL and ON DELETE SET DEFAULT with RESTRICT elsewhere
create table p (id integer primary key);
create table c (id integer primary key, p_id integer default 0 constraint c_p_id_fkey references p (id) on update set null on delete set default,
    q_id integer constraint c_q_id_fkey references p (id) on update cascade on delete restrict);
