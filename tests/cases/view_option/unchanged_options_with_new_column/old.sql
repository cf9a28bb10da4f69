-- view_option/unchanged_options_with_new_column: a table gains a column while the view over it keeps its options untouched
create table members (id integer primary key, name text not null, active boolean not null);
create view active_members with (security_barrier = true, security_invoker = true) as
    select id, name, active from members where active
    with local check option;
insert into members values (1, 'ann', true), (2, 'bob', false);
