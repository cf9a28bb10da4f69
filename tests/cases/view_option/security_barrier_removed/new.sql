-- view_option/security_barrier_removed: a view loses security_barrier (ALTER VIEW ... RESET)
create table accounts (id integer primary key, owner text not null, active boolean not null);
create view active_accounts as select id, owner from accounts where active;
