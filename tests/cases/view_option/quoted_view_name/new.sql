-- view_option/quoted_view_name: a view named "Active Users" (capitals and a space) gets security_invoker and a local check option, and loses security_barrier
create table "User Accounts" ("User Id" integer primary key, "Is Active" boolean not null);
create view "Active Users" with (security_invoker = true) as
    select "User Id", "Is Active" from "User Accounts" where "Is Active"
    with local check option;
