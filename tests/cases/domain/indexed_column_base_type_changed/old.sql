-- a domain used by a primary key column and an indexed column changes base type integer -> bigint; the indexes stay
create domain account_no as integer constraint account_no_positive check (value > 0);
create table accounts (id account_no primary key, parent account_no);
create index accounts_parent_idx on accounts (parent);
create unique index accounts_parent_id_key on accounts (parent, id) where parent is not null;
insert into accounts values (1, null), (2, 1), (3, 1);
