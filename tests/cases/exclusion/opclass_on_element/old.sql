-- exclusion/opclass_on_element: a table is created with a btree exclusion constraint whose expression element names an operator class (lower(code) text_pattern_ops with =)
create table coupons (id integer primary key);
