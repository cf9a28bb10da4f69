-- sequence/alter_cycle_and_cache: cycle switched on and cache raised
create sequence counter as integer maxvalue 500 cache 20 cycle;
