-- sequence/raise_minvalue_and_start: minvalue and start raised above the current value (needs RESTART)
create sequence counter;
