-- partition/detach_quoted_partition_with_default: a quoted partition in a quoted schema becomes a table of its own while the parent keeps a default partition
create schema "Ops ""Live""";
create table "Ops ""Live"""."Alerts" (
    "Alert Id" bigint not null,
    "Severity" text not null,
    message text
) partition by list ("Severity");
create table "Ops ""Live"""."Alerts: Critical" partition of "Ops ""Live"""."Alerts" for values in ('CRIT', 'crit');
create table "Ops ""Live"""."Alerts ""Other""" partition of "Ops ""Live"""."Alerts" default;
insert into "Ops ""Live"""."Alerts" values (1, 'CRIT', 'disk full'), (2, 'crit', 'oom'), (3, 'info', 'ok');
