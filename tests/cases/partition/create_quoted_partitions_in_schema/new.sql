-- partition/create_quoted_partitions_in_schema: a partitioned table and partitions whose names need quoting are created in a schema whose name needs quoting
create schema "Billing Dept";
create table "Billing Dept"."Invoices" (
    "Invoice No" bigint not null,
    "Issued On" date not null,
    "Kind" text not null,
    amount numeric(12, 2),
    primary key ("Invoice No", "Issued On", "Kind")
) partition by range ("Issued On");
create table "Billing Dept"."Invoices 2026-01" partition of "Billing Dept"."Invoices" for values from ('2026-01-01') to ('2026-02-01');
create table "Billing Dept"."inv ""Q2"" 2026" partition of "Billing Dept"."Invoices"
    for values from ('2026-04-01') to ('2026-07-01') partition by list ("Kind");
create table "Billing Dept"."inv ""Q2"" Credit Notes" partition of "Billing Dept"."inv ""Q2"" 2026" for values in ('Credit Note', 'it''s refund');
create table "Billing Dept"."inv ""Q2"" Other" partition of "Billing Dept"."inv ""Q2"" 2026" default;
create table "Billing Dept"."Other Invoices" partition of "Billing Dept"."Invoices" default;
