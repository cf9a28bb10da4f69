-- view_option/security_barrier_added: an existing view gets security_barrier (ALTER VIEW ... SET)
create table accounts (id integer primary key, owner text not null, active boolean not null);
create view active_accounts as select id, owner from accounts where active;
