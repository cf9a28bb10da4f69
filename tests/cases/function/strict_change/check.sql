select a_fn(null) is null as t;
