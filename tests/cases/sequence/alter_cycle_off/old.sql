-- sequence/alter_cycle_off: cycle switched off, bounds kept
create sequence counter minvalue 5 maxvalue 50 cycle;
