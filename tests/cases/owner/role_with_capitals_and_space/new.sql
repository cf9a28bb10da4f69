-- owner/role_with_capitals_and_space: a table is given to a role whose name has capitals and a space
create table ledger (id integer primary key, amount numeric not null);
alter table ledger owner to "Own Mixed";
