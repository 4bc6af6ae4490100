import { configure } from '@testing-library/react';

// The whole repository's tests share two cores under turbo: a page that renders in 50 ms alone can take more than
// Testing Library's default 1 s to show its content there. The `findBy…` queries wait up to 5 s instead.
configure({ asyncUtilTimeout: 5_000 });
