import type { QueryClient } from "@tanstack/react-query";
import { RouterProvider } from "react-router";
import { Providers } from "./Providers";
import type { StaffRouter } from "./router";

interface StaffAppProps {
  queryClient: QueryClient;
  router: StaffRouter;
}

export function StaffApp({ queryClient, router }: StaffAppProps) {
  return (
    <Providers queryClient={queryClient}>
      <RouterProvider router={router} />
    </Providers>
  );
}
