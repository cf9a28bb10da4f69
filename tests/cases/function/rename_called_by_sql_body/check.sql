select outer_fn(2) = 21 as t;
