// SPDX-License-Identifier: MIT
/* main.c - the native siovctl binary (inside the simulator, siovctl_main runs as +app=siovctl). */
int siovctl_main(int argc, char **argv);

int main(int argc, char **argv)
{
	return siovctl_main(argc, argv);
}
