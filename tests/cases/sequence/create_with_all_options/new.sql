-- sequence/create_with_all_options: a new sequence with type, increment, bounds, start, cache and cycle set
create sequence ticket_no as integer increment by 5 minvalue 10 maxvalue 1000 start with 20 cache 3 cycle;
