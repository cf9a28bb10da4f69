-- privilege/sequence_select_update: a role's USAGE on a sequence is replaced by SELECT and UPDATE; another role keeps ALL
create sequence invoice_no start 1000;
grant usage on sequence invoice_no to app_user;
grant all on sequence invoice_no to app_admin;
