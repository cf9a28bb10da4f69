-- owner/role_with_double_quote: a table owned by a role with capitals and a space is given to a role whose name contains double quotes and spaces
create table ledger (id integer primary key, amount numeric not null);
alter table ledger owner to "own ""odd"" role";
