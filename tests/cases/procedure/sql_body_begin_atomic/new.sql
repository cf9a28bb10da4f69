-- procedure/sql_body_begin_atomic: a procedure with a BEGIN ATOMIC body of two statements is created
create table items (id integer primary key, qty integer);
create table audit (at timestamptz default now(), what text);
create procedure zero_item(p_id integer) language sql
begin atomic
    update items set qty = 0 where id = p_id;
    insert into audit (what) values ('zeroed ' || p_id);
end;
