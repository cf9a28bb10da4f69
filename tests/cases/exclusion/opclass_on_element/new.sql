-- exclusion/opclass_on_element: a table is created with a btree exclusion constraint whose expression element names an operator class (lower(code) text_pattern_ops with =)
create table coupons (id integer primary key);
create table vouchers (
    id integer primary key,
    code text not null,
    constraint vouchers_code_ci exclude using btree (lower(code) text_pattern_ops with =)
);
