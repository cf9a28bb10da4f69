select clamp(250) = 100 and clamp(-3) = 0 and clamp(7, 10) = 10 as t;
